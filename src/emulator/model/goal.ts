// Goals and their sales tracker.

import type { Flag } from "./scalars";

export const GOAL_TYPES = ["url", "custom_variable", "api", "sales_tracker"] as const;
export type GoalType = (typeof GOAL_TYPES)[number];
export const MATCH_TYPES = ["substring", "exact"] as const;
export const VALUE_TYPES = ["set", "not_set", "dynamic"] as const;

export interface SalesTracker {
  salesTrackerId?: string;
  valueType?: (typeof VALUE_TYPES)[number];
  value?: string;
  currency?: string;
  timeRange?: string;
  orderFieldName?: string;
  valueFieldName?: string;
}

export interface Goal {
  id: number;
  name: string;
  active: Flag;
  type: GoalType;
  url?: string;
  matchType?: (typeof MATCH_TYPES)[number];
  customVariableName?: string;
  customVariableValue?: string;
  salesTracker?: SalesTracker;
}
