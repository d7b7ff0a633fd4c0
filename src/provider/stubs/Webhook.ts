// This module's exports are the serialized provider of Webhook resources (see ../stub.ts).
import { stub } from "../stub";
export = stub("Webhook");
