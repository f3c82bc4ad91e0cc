// Label placement for the charts: each label tries its preferred spots in
// order and takes the first that stays inside the chart and clear of every
// label already placed and every obstacle (the marks themselves). A label
// with no free spot is left out (its mark keeps its title and name).

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelRequest {
  w: number;
  h: number;
  /** Top-left corners to try, best first. */
  spots: { x: number; y: number }[];
}

export const overlaps = (a: Box, b: Box, gap = 1): boolean => a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

const inside = (a: Box, area: Box): boolean => a.x >= area.x && a.y >= area.y && a.x + a.w <= area.x + area.w && a.y + a.h <= area.y + area.h;

/** Places the labels in the given order (most important first); null where none fits. */
export function placeLabels(requests: LabelRequest[], area: Box, obstacles: Box[] = []): (Box | null)[] {
  const placed: Box[] = [];
  return requests.map((r) => {
    for (const s of r.spots) {
      const box = { x: s.x, y: s.y, w: r.w, h: r.h };
      if (!inside(box, area)) continue;
      if (placed.some((p) => overlaps(p, box)) || obstacles.some((o) => overlaps(o, box, 0))) continue;
      placed.push(box);
      return box;
    }
    return null;
  });
}

/** Width of a label in the chart's 11px type (a close estimate, measured on the page's font). */
export const textWidth = (text: string, px = 11): number => Math.ceil(text.length * px * 0.6) + 2;

/** The usual spots around a point of radius r: above, below, right, left. */
export function spotsAround(cx: number, cy: number, r: number, w: number, h: number): { x: number; y: number }[] {
  return [
    { x: cx - w / 2, y: cy - r - 3 - h },
    { x: cx - w / 2, y: cy + r + 3 },
    { x: cx + r + 4, y: cy - h / 2 },
    { x: cx - r - 4 - w, y: cy - h / 2 },
    { x: cx + r + 2, y: cy - r - h },
    { x: cx - r - 2 - w, y: cy - r - h },
  ];
}
