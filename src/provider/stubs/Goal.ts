// This module's exports are the serialized provider of Goal resources (see ../stub.ts).
import { stub } from "../stub";
export = stub("Goal");
