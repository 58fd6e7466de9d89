// A concurrency limit: at most `n` tasks run at once; the rest wait their turn, in order.
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function limiter(n: number): Limiter {
  const max = Math.max(1, Math.floor(n));
  let active = 0;
  const queue: (() => void)[] = [];
  const next = () => {
    if (active >= max) return;
    const start = queue.shift();
    if (start) { active++; start(); }
  };
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        Promise.resolve().then(task).then(resolve, reject).finally(() => { active--; next(); });
      });
      next();
    });
}
