// This module's exports are the serialized provider of CannedResponse resources (see ../stub.ts).
import { stub } from "../stub";
export = stub("CannedResponse");
