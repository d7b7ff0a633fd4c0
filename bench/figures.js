// The figures of one size, as results.json keeps them, and the targets they are judged against.
const { byEndpoint, byStatus } = require("./measure");

const TARGETS = {
  // Ours over Pulumi's own floor (the baseline), for the no-op preview and the time before the first call.
  ratioToBaseline: 1.2,
  // The API phase against the rate-limit floor (API calls / rate).
  apiPhase: 1.1,
  // The whole up: at most the rate-limit floor plus the baseline's whole up (Pulumi's fixed cost) x 1.2.
  fixedCost: 1.2,
  providerBytes: 1024,
  objectBytes: 3072,
};

/**
 * The fewest calls a refresh can make: one per agent and per goal (their lists lack the details), one list
 * of groups, tags and webhooks each, and one list of greetings and of canned responses per group they use.
 */
function refreshMinimum(spec) {
  const groupsOf = (entries) => new Set(entries.map((e) => String(e.group ?? 0))).size;
  return (
    spec.agents.length + spec.goals.length + 3 + groupsOf(spec.greetings) + groupsOf(spec.cannedResponses)
  );
}

const r2 = (n) => (Number.isFinite(n) ? Math.round(n * 100) / 100 : null);

/** The processes' peaks and CPU seconds, by role, as measured (null off Linux; the median preview's). */
const memory = (result) => result.processes;

/** Everything kept about one size. */
function figuresOf({ objects, counts, spec, baseline, ours, load }, rate) {
  const { up, refresh, preview, sizes } = ours;
  const floor = up.requests.length / rate;
  const fixed = baseline.up.seconds;
  const refreshMin = refreshMinimum(spec);
  const cpu = (processes, role) => processes?.[role]?.cpuSeconds;
  return {
    objects,
    counts,
    // The 1-minute load average before each step: above the core count, wall times mean less than CPU times.
    load_1min: load.map(r2),
    baseline: {
      up_seconds: r2(fixed),
      up_seconds_before_first_create: r2(baseline.beforeSeconds),
      up_seconds_first_to_last_create: r2(baseline.createSeconds),
      up_seconds_after_last_create: r2(baseline.afterSeconds),
      up_failures: baseline.up.failures,
      noop_preview_seconds: r2(baseline.preview.seconds),
      noop_preview_seconds_each: baseline.previewSeconds.map(r2),
      noop_preview_failed: Boolean(baseline.preview.error),
      state_bytes: baseline.sizes.stateBytes,
      state_bytes_per_object: Math.round(baseline.sizes.total / baseline.sizes.count),
      up_processes: memory(baseline.up),
      preview_processes: memory(baseline.preview),
    },
    up: {
      seconds: r2(up.seconds),
      api_calls: up.requests.length,
      floor_seconds: r2(floor),
      seconds_before_first_call: r2(up.beforeSeconds),
      api_phase_seconds: r2(up.apiSeconds),
      seconds_after_last_call: r2(up.afterSeconds),
      failed_operations: up.failures,
      retried_answers: up.retried.length,
      // Each 429's second before it: how many calls arrived, their shortest gap.
      throttled_context: up.bunching,
      non2xx_by_status: byStatus(up.non2xx),
      calls_by_endpoint: byEndpoint(up.requests),
      processes: memory(up),
    },
    refresh: {
      seconds: r2(refresh.seconds),
      api_calls: refresh.requests.length,
      api_calls_2xx: refresh.requests.filter((r) => r.status < 300).length,
      minimum_calls: refreshMin,
      failed_operations: refresh.failures,
      retried_answers: refresh.retried.length,
      throttled_context: refresh.bunching,
      calls_by_endpoint: byEndpoint(refresh.requests),
      processes: memory(refresh),
    },
    state: {
      bytes: sizes.stateBytes,
      objects: sizes.count,
      bytes_per_object: Math.round(sizes.total / sizes.count),
      provider_bytes_per_object: Math.round(sizes.provider / sizes.count),
      largest_object_bytes: sizes.largest,
      largest_by_type: sizes.perType,
    },
    noop_preview: {
      seconds: r2(preview.seconds),
      seconds_each: ours.previewSeconds.map(r2),
      api_calls: preview.requests.length,
      failed: Boolean(preview.error),
      processes: memory(preview),
    },
    // Ours against the floors; each judged in `verdicts`.
    ratios: {
      noop_preview_to_baseline: r2(preview.seconds / baseline.preview.seconds),
      before_first_call_to_baseline: r2(up.beforeSeconds / baseline.beforeSeconds),
      api_phase_to_floor: r2(up.apiSeconds / floor),
      up_to_floor: r2(up.seconds / floor),
      // What the up spends beyond the rate-limit floor, over what the baseline's whole up costs.
      up_overhead_to_baseline: r2((up.seconds - floor) / fixed),
      up_allowed_seconds: r2(floor + fixed * TARGETS.fixedCost),
      // CPU seconds, less sensitive than wall time to what else runs on the machine.
      up_program_cpu_to_baseline: r2(cpu(up.processes, "program") / cpu(baseline.up.processes, "program")),
      noop_preview_provider_cpu_to_baseline: r2(
        cpu(preview.processes, "provider") / cpu(baseline.preview.processes, "provider"),
      ),
      noop_preview_program_cpu_to_baseline: r2(
        cpu(preview.processes, "program") / cpu(baseline.preview.processes, "program"),
      ),
    },
    verdicts: {
      noop_preview: preview.seconds <= baseline.preview.seconds * TARGETS.ratioToBaseline,
      before_first_call: up.beforeSeconds <= baseline.beforeSeconds * TARGETS.ratioToBaseline,
      api_phase: up.apiSeconds <= floor * TARGETS.apiPhase,
      whole_up: up.seconds <= floor + fixed * TARGETS.fixedCost,
      no_failed_operations: up.failures === 0 && refresh.failures === 0,
      refresh_minimum: refresh.requests.filter((r) => r.status < 300).length <= refreshMin,
      state_per_object: Math.round(sizes.total / sizes.count) < TARGETS.objectBytes,
      provider_per_object: Math.round(sizes.provider / sizes.count) < TARGETS.providerBytes,
    },
  };
}

module.exports = { TARGETS, figuresOf };
