/** An HTTP response ready to send. */
export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}
