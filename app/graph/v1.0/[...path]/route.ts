import { handleGraph } from "@/lib/api/graph-http";

/** The Microsoft Graph-compatible surface (shared/api.md): every /graph/v1.0 path goes through lib/api/graph.ts. */
type Ctx = { params: Promise<{ path: string[] }> };

export async function GET(req: Request, ctx: Ctx): Promise<Response> {
  return handleGraph(req, (await ctx.params).path);
}
export async function POST(req: Request, ctx: Ctx): Promise<Response> {
  return handleGraph(req, (await ctx.params).path);
}
export async function PATCH(req: Request, ctx: Ctx): Promise<Response> {
  return handleGraph(req, (await ctx.params).path);
}
