import { NextResponse, type NextRequest } from "next/server";
import { requireApiUser } from "@/lib/auth/current-user";
import { templateFile, type TemplateKind } from "@/lib/imports/template";

const FILES: Record<string, { kind: TemplateKind; format: "xlsx" | "csv"; name: string }> = {
  "contacts.xlsx": { kind: "contacts", format: "xlsx", name: "接触者导入模板.xlsx" },
  "contacts.csv": { kind: "contacts", format: "csv", name: "接触者导入模板.csv" },
  "lab-results.xlsx": { kind: "lab-results", format: "xlsx", name: "核酸结果导入模板.xlsx" },
  "lab-results.csv": { kind: "lab-results", format: "csv", name: "核酸结果导入模板.csv" },
};

/** The import templates (no personal data; signed-in users only, like every page). */
export async function GET(_req: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  try {
    await requireApiUser();
  } catch {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const spec = FILES[(await params).file];
  if (!spec) return new NextResponse("Not found", { status: 404 });
  const body = await templateFile(spec.kind, spec.format);
  return new NextResponse(new Uint8Array(body), {
    headers: {
      "Content-Type": spec.format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(spec.name)}`,
      "Cache-Control": "no-store",
    },
  });
}
