// Minimum-cost maximum flow: the primal-dual form of successive shortest paths. Each phase runs Dijkstra
// on reduced costs (Johnson potentials keep them non-negative) until the sink is reached, moves the
// potentials so every shortest path costs 0, then pushes a blocking flow along zero-cost edges only (one
// Dijkstra serves every path of the same length, which is what keeps 20,000 applicants fast). The flow is
// maximum, and of least cost among maximum flows, when no path is left.
//
// Costs are non-negative integers (exact in a double up to 2^53), so "reduced cost 0" is an exact test.
// Edges are walked in the order they were added: with the same input, the same flow (reruns reproduce).

export class MinCostFlow {
  readonly #nodes: number;
  readonly #from: Int32Array;
  readonly #to: Int32Array;
  readonly #cap: Int32Array;
  readonly #cost: Float64Array;
  #edges = 0;

  /** `maxEdges`: how many `addEdge` calls there will be at most. */
  constructor(nodes: number, maxEdges: number) {
    this.#nodes = nodes;
    this.#from = new Int32Array(2 * maxEdges);
    this.#to = new Int32Array(2 * maxEdges);
    this.#cap = new Int32Array(2 * maxEdges);
    this.#cost = new Float64Array(2 * maxEdges);
  }

  /** An edge and its residual twin; returns its id for `flowOn`. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (!Number.isSafeInteger(cost) || cost < 0) throw new RangeError(`edge cost must be a non-negative integer, got ${cost}`);
    const e = this.#edges;
    this.#from[e] = from;
    this.#to[e] = to;
    this.#cap[e] = capacity;
    this.#cost[e] = cost;
    this.#from[e + 1] = to;
    this.#to[e + 1] = from;
    this.#cap[e + 1] = 0;
    this.#cost[e + 1] = -cost;
    this.#edges += 2;
    return e;
  }

  /** The flow an edge carries after `run`. */
  flowOn(edge: number): number {
    return this.#cap[edge ^ 1] as number;
  }

  /** Sends as much flow as possible from `source` to `sink` at least cost; returns the flow and its cost. */
  run(source: number, sink: number): { flow: number; cost: number; phases: number } {
    const n = this.#nodes;
    const m = this.#edges;
    const to = this.#to;
    const cap = this.#cap;
    const cost = this.#cost;
    // Adjacency as compressed rows, each node's edges in the order they were added.
    const start = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) start[(this.#from[e] as number) + 1]! += 1;
    for (let v = 0; v < n; v++) start[v + 1]! += start[v] as number;
    const adj = new Int32Array(m);
    const fill = start.slice(0, n);
    for (let e = 0; e < m; e++) adj[fill[this.#from[e] as number]!++] = e;

    const pot = new Float64Array(n);
    const dist = new Float64Array(n);
    const done = new Uint8Array(n);
    const heap = new MinHeap(m + n + 1);
    const it = new Int32Array(n);
    const dead = new Uint8Array(n);
    const onPath = new Uint8Array(n);
    const pathEdges = new Int32Array(n);
    let flow = 0;
    let total = 0;
    let phases = 0;

    for (;;) {
      // Dijkstra on reduced costs, stopped when the sink is settled.
      dist.fill(Number.POSITIVE_INFINITY);
      done.fill(0);
      heap.clear();
      dist[source] = 0;
      heap.push(0, source);
      while (heap.size > 0) {
        const d = heap.topKey();
        const u = heap.pop();
        if (done[u] || d > (dist[u] as number)) continue;
        done[u] = 1;
        if (u === sink) break;
        const pu = pot[u] as number;
        for (let k = start[u] as number, end = start[u + 1] as number; k < end; k++) {
          const e = adj[k] as number;
          if ((cap[e] as number) <= 0) continue;
          const v = to[e] as number;
          const nd = d + (cost[e] as number) + pu - (pot[v] as number);
          if (nd < (dist[v] as number)) {
            dist[v] = nd;
            heap.push(nd, v);
          }
        }
      }
      const reach = dist[sink] as number;
      if (reach === Number.POSITIVE_INFINITY) break;
      phases += 1;
      for (let v = 0; v < n; v++) pot[v]! += Math.min(dist[v] as number, reach);

      // A blocking flow along edges of reduced cost 0 (every such path is a shortest one), depth first with
      // a current edge per node. A node found to lead nowhere is dead for the phase; a node left aside only
      // because it was on the path may cost the phase a path, which the next Dijkstra finds.
      for (let v = 0; v < n; v++) it[v] = start[v] as number;
      dead.fill(0);
      let depth = 0;
      let u = source;
      onPath[source] = 1;
      for (;;) {
        if (u === sink) {
          let push = Number.POSITIVE_INFINITY;
          for (let k = 0; k < depth; k++) push = Math.min(push, cap[pathEdges[k] as number] as number);
          for (let k = 0; k < depth; k++) {
            const e = pathEdges[k] as number;
            cap[e]! -= push;
            cap[e ^ 1]! += push;
            total += push * (cost[e] as number);
          }
          flow += push;
          for (let k = 0; k < depth; k++) onPath[to[pathEdges[k] as number] as number] = 0;
          depth = 0;
          u = source;
          continue;
        }
        let advanced = false;
        const pu = pot[u] as number;
        for (let end = start[u + 1] as number; (it[u] as number) < end; it[u]! += 1) {
          const e = adj[it[u] as number] as number;
          const v = to[e] as number;
          if ((cap[e] as number) > 0 && !dead[v] && !onPath[v] && (cost[e] as number) + pu - (pot[v] as number) === 0) {
            pathEdges[depth++] = e;
            onPath[v] = 1;
            u = v;
            advanced = true;
            break;
          }
        }
        if (advanced) continue;
        if (u === source) break;
        dead[u] = 1;
        onPath[u] = 0;
        depth -= 1;
        u = this.#from[pathEdges[depth] as number] as number;
        it[u]! += 1;
      }
      onPath[source] = 0;
    }
    return { flow, cost: total, phases };
  }
}

/** A binary heap of (key, node), smallest key first; lazy (a node may be in it more than once). */
class MinHeap {
  readonly #keys: Float64Array;
  readonly #nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.#keys = new Float64Array(capacity);
    this.#nodes = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.#keys[0] as number;
  }

  push(key: number, node: number): void {
    const keys = this.#keys;
    const nodes = this.#nodes;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((keys[parent] as number) <= key) break;
      keys[i] = keys[parent] as number;
      nodes[i] = nodes[parent] as number;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Removes the smallest and returns its node. */
  pop(): number {
    const keys = this.#keys;
    const nodes = this.#nodes;
    const top = nodes[0] as number;
    const last = --this.size;
    const key = keys[last] as number;
    const node = nodes[last] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && (keys[child + 1] as number) < (keys[child] as number)) child += 1;
      if ((keys[child] as number) >= key) break;
      keys[i] = keys[child] as number;
      nodes[i] = nodes[child] as number;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
    return top;
  }
}
