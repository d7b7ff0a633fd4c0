// This module's exports are the serialized provider of Group resources (see ../stub.ts).
import { stub } from "../stub";
export = stub("Group");
