import { PrismaPg } from "@prisma/adapter-pg";

type ScriptAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
interface Internals {
  client: { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
}

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";", which breaks
 * dollar-quoted function bodies (the audit trigger). PostgreSQL's simple query protocol
 * takes the whole script at once and parses it properly, so send it as one query.
 */
export class ScriptSafePrismaPg extends PrismaPg {
  override async connect(): Promise<ScriptAdapter> {
    const adapter = await super.connect();
    const internals = adapter as unknown as Internals;
    adapter.executeScript = async (script: string) => {
      try {
        await internals.client.query(script);
      } catch (error) {
        internals.onError(error);
      }
    };
    return adapter;
  }
}
