// Canned responses.

export interface CannedResponse {
  id: number;
  group: number;
  text: string;
  tags: string[];
  creationDate: number;
  createdBy: string;
  modificationDate?: number;
  modifiedBy?: string;
}
