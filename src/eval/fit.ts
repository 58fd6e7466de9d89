// Small optimisers shared by the trainers (ask-train.ts, acceptance-train.ts).

/** Logistic regression by Adam with an L2 penalty; rows of x already hold a bias column where wanted. */
export function fitLogistic(x: number[][], y: number[], dim: number, l2: number, epochs = 400, lr = 0.05): number[] {
  const w = new Array(dim).fill(0);
  const m = new Array(dim).fill(0);
  const v = new Array(dim).fill(0);
  for (let ep = 1; ep <= epochs; ep++) {
    const g = new Array(dim).fill(0);
    x.forEach((xi, k) => {
      const p = 1 / (1 + Math.exp(-xi.reduce((a, b, d) => a + b * w[d], 0)));
      for (let d = 0; d < dim; d++) g[d] += (p - y[k]) * xi[d];
    });
    adam(w, g, m, v, ep, x.length, l2, lr);
  }
  return w;
}

export function adam(w: number[], g: number[], m: number[], v: number[], ep: number, n: number, l2: number, lr: number): void {
  const b1 = 0.9, b2 = 0.999;
  for (let d = 0; d < w.length; d++) {
    const gd = g[d] / Math.max(1, n) + l2 * w[d];
    m[d] = b1 * m[d] + (1 - b1) * gd;
    v[d] = b2 * v[d] + (1 - b2) * gd * gd;
    w[d] -= (lr * (m[d] / (1 - b1 ** ep))) / (Math.sqrt(v[d] / (1 - b2 ** ep)) + 1e-8);
  }
}
