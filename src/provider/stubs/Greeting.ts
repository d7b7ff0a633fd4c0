// This module's exports are the serialized provider of Greeting resources (see ../stub.ts).
import { stub } from "../stub";
export = stub("Greeting");
