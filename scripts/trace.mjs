// Reading a Chromium trace (playwright-core's browser.startTracing/stopTracing, the DevTools
// protocol's Tracing domain) for the benchmarks: what the page's main-thread tasks over 50 ms
// spent their time on, and how much CPU each used. Shared by scripts/bench-embed.mjs,
// scripts/bench-longtask.mjs and scripts/bench-views.mjs.

/** Trace categories: with `detail`, what a long task did (events, GC, and with `samples` the
 * JavaScript and wasm sampler); without, only the tasks ("toplevel"), which costs the page little. */
export function categories({ detail = true, samples = false } = {}) {
  if (!detail) return ["toplevel"];
  return [
    "toplevel",
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "v8",
    "blink",
    "disabled-by-default-v8.gc",
    "IndexedDB",
    ...(samples ? ["disabled-by-default-v8.cpu_profiler"] : []),
  ];
}

/** The events of a trace given as parsed JSON, or as the text or Buffer stopTracing returns. */
function eventsOf(trace) {
  const parsed = typeof trace === "string" || Buffer.isBuffer(trace) ? JSON.parse(String(trace)) : trace;
  return parsed.traceEvents ?? parsed;
}

function mainThreads(events) {
  return new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
}

/**
 * The JavaScript/wasm sampler's samples on the main thread as [timestamp µs, "function (file)"],
 * from the trace's Profile/ProfileChunk events (only with `samples`): the innermost frame of
 * each sample, which tells a wasm function by name when the wasm keeps its name section.
 */
function samplesOf(events, main) {
  const out = [];
  const profiles = new Map();
  for (const e of events) {
    if (e.name === "Profile" && main.has(`${e.pid}:${e.tid}`)) profiles.set(e.id, { nodes: new Map(), ts: e.args?.data?.startTime ?? e.ts });
  }
  for (const e of events) {
    if (e.name !== "ProfileChunk" || !profiles.has(e.id)) continue;
    const p = profiles.get(e.id);
    const data = e.args?.data ?? {};
    for (const n of data.cpuProfile?.nodes ?? []) {
      const f = n.callFrame ?? {};
      // Rust's mangled hash suffix says nothing to a reader.
      const name = (f.functionName || "(anonymous)").replace(/::h[0-9a-f]{16}$/, "");
      p.nodes.set(n.id, { name: `${name}${f.url && !f.url.endsWith(".wasm") ? ` (${f.url.split("/").pop()})` : ""}`, parent: n.parent });
    }
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      p.ts += deltas[i] ?? 0;
      // The innermost frame, and for a helper (memcmp, malloc, a closure) the frames it was
      // called from, up to one of the crate's own.
      const frames = [];
      for (let n = p.nodes.get(node); n && frames.length < 4; n = p.nodes.get(n.parent)) {
        frames.push(n.name);
        if (/^quotelens::/.test(n.name)) break;
      }
      out.push([p.ts, frames.join(" < ") || "?"]);
    });
  }
  return out;
}

/**
 * What each main-thread task over `over` ms (default 50; of CPU time with `cpu`) did: the
 * events inside it by name (their total time), the sampled functions if any, the layout size.
 * Returns lines to print.
 */
export function explainLongTasks(trace, { over = 50, most = 10, cpu = false } = {}) {
  const events = eventsOf(trace);
  const main = mainThreads(events);
  const onMain = events.filter((e) => main.has(`${e.pid}:${e.tid}`) && e.ph === "X" && typeof e.dur === "number");
  // A task is written as "ThreadControllerImpl::RunTask" (and, in older Chromiums, "RunTask"
  // around it): each once.
  const named = onMain.filter((e) => e.name === "ThreadControllerImpl::RunTask");
  const all = named.length ? named : onMain.filter((e) => e.name === "RunTask");
  const busy = all.reduce((sum, e) => sum + e.dur, 0);
  const samples = samplesOf(events, main);
  const lines = [`main thread: ${all.length} tasks, ${(busy / 1000).toFixed(0)} ms busy`];
  const t0 = Math.min(...all.map((e) => e.ts));
  // By wall time, or (`cpu`) by the CPU time the task used, which on a loaded machine can be
  // far less.
  const time = (e) => (cpu ? e.tdur ?? 0 : e.dur);
  const tasks = all.filter((e) => time(e) > over * 1000).sort((a, b) => time(b) - time(a)).slice(0, most);
  for (const task of tasks.sort((a, b) => a.ts - b.ts)) {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    const byName = new Map();
    for (const e of inside) {
      const d = e.args?.data ?? {};
      const what = e.name + (d.functionName ? ` ${d.functionName}` : "") + (d.url ? ` ${d.url.split("/").pop()}:${d.lineNumber ?? ""}` : "") + (d.type ? ` ${d.type}` : "");
      byName.set(what, (byName.get(what) ?? 0) + e.dur);
    }
    const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8);
    const cpu = typeof task.tdur === "number" ? `, cpu ${(task.tdur / 1000).toFixed(0)} ms` : "";
    lines.push(`long task at ${((task.ts - t0) / 1000).toFixed(0)} ms, ${(task.dur / 1000).toFixed(0)} ms${cpu}: ${top.map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`).join(" | ")}`);
    const sampled = new Map();
    for (const [ts, f] of samples) if (ts >= task.ts && ts <= task.ts + task.dur) sampled.set(f, (sampled.get(f) ?? 0) + 1);
    const hot = [...sampled].sort((a, b) => b[1] - a[1]).slice(0, 8);
    if (hot.length) lines.push(`  sampled: ${hot.map(([f, n]) => `${f} ×${n}`).join(" | ")}`);
    const layout = inside.find((e) => e.name === "Layout" && e.args?.beginData);
    if (layout) lines.push(`  layout of ${layout.args.beginData.dirtyObjects} of ${layout.args.beginData.totalObjects} objects`);
  }
  return lines;
}

/**
 * The main thread's CPU time in its tasks: the most any task used, and, for each task over
 * 50 ms of wall time, "wall/cpu ms". A task whose CPU time is far below its wall time spent the
 * rest waiting for a core that other processes held (this machine is shared).
 */
export function cpuOfTasks(trace) {
  const events = eventsOf(trace);
  const main = mainThreads(events);
  // Complete events, and begin/end pairs made into them (a long task is sometimes written so).
  const spans = [];
  const open = [];
  for (const e of events.filter((e) => main.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts)) {
    if (e.ph === "X" && typeof e.tdur === "number") spans.push(e);
    else if (e.ph === "B") open.push(e);
    else if (e.ph === "E" && open.length > 0) {
      const b = open.pop();
      if (typeof b.tts === "number" && typeof e.tts === "number") spans.push({ name: b.name, ts: b.ts, dur: e.ts - b.ts, tdur: e.tts - b.tts });
    }
  }
  // The JS sampler starts in a task of its own, before the clock: not the page's.
  const sampler = spans.filter((e) => e.name === "CpuProfiler::StartProfiling");
  // The outermost spans only, in one sweep (a long run's trace has hundreds of thousands).
  const tasks = [];
  let end = -Infinity;
  for (const e of spans.filter((e) => e.dur > 1000).sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    if (e.ts + e.dur <= end) continue;
    end = e.ts + e.dur;
    if (!sampler.some((p) => p.ts >= e.ts && p.ts <= e.ts + e.dur)) tasks.push(e);
  }
  const ms = (us) => (us / 1000).toFixed(0);
  return {
    longest: Math.max(0, ...tasks.map((e) => e.tdur)) / 1000,
    over50: tasks.filter((e) => e.dur > 50_000).map((e) => `${ms(e.dur)}/${ms(e.tdur)}`),
  };
}
