/**
 * Runs `callback` in a task after the next frame has been drawn, so that work split across calls is
 * laid out and painted piece by piece instead of in one long frame. Where no frame comes (a hidden
 * page), it runs after 100 ms. Returns a function that cancels it.
 */
export function afterFrame(callback: () => void): () => void {
  let timer = setTimeout(run, 100);
  const frame = requestAnimationFrame(() => {
    clearTimeout(timer);
    timer = setTimeout(run, 0);
  });
  function run() {
    cancelAnimationFrame(frame);
    callback();
  }
  return () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
  };
}
