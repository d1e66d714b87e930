/**
 * Work that must not hold up the next page's first paint: the document title and moving focus to the
 * new heading. Both change nothing on screen, yet focus() forces a style and layout pass and the title
 * goes to the browser; done inside the press of Continue they made each step ~30% slower to paint at 4×
 * CPU (npm run bench). So they run once the frame that shows the new page has been painted: a
 * requestAnimationFrame callback runs just before that paint, and a task queued from it just after.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
