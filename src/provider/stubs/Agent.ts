// This module's exports are the serialized provider of Agent resources (see ../stub.ts).
import { stub } from "../stub";
export = stub("Agent");
