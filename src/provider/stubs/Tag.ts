// This module's exports are the serialized provider of Tag resources (see ../stub.ts).
import { stub } from "../stub";
export = stub("Tag");
