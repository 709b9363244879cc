// Preloaded (`node --require scripts/process-guard.cjs …`) into every child that scripts/start.ts
// runs: Next.js, `next build`, `prisma migrate deploy`.
//
// Why: the wrapper owns the embedded database. If the wrapper dies — even by kill -9, which
// no handler sees — a Next.js server left behind would keep the port and answer 500s against
// a database that is gone. The parent spawns each child with an IPC channel; the operating
// system closes that channel when the parent exits in any way, and Node then emits
// "disconnect" here. The child then stops as if it had been sent SIGTERM (Next.js closes its
// server and exits 143), and is forced out shortly after if that hangs.
"use strict";

const GRACE_MS = 5_000;

// Only in the supervisor's own child: tools pass this preload on to processes they fork
// (`next dev` its server), whose IPC channel to their parent must stay as it is.
const supervisor = Number(process.env.TRACER_SUPERVISOR_PID);

if (supervisor && process.ppid === supervisor && typeof process.send === "function" && process.channel) {
  process.once("disconnect", () => {
    const force = setTimeout(() => process.exit(1), GRACE_MS);
    force.unref();
    try {
      // The child leads its own process group (spawned detached), so this also reaches
      // workers it forked, such as `next build`'s.
      process.kill(-process.pid, "SIGTERM");
    } catch {
      process.kill(process.pid, "SIGTERM");
    }
  });
  // The channel alone must not keep a finished child (a migration) alive.
  process.channel.unref();
}
