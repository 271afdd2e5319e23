// Which columns a table of a given width shows, and how wide: pure, so every terminal width is testable.

export type ColumnSpec<K extends string> = {
	key: K;
	title: string;
	min: number;
	ideal: number;
	/** 1 shows first; a tier's columns all have their ideal width before the next tier gets any room. */
	tier: number;
};

export type Column<K extends string> = {key: K; title: string; width: number};

export const MARKER_WIDTH = 2;
export const GAP = '  ';

/**
 * Columns in priority order (`specs`, most important first) fitted to `width`: a tier's columns are added at
 * their minimum while they fit, then grown to their ideal in the same order; the next tier gets what is left;
 * whatever remains after the last goes to `stretch`. Returned in `displayOrder`.
 */
export function fitColumns<K extends string>(
	specs: ReadonlyArray<ColumnSpec<K>>,
	width: number,
	{displayOrder, stretch}: {displayOrder: readonly K[]; stretch: K},
): Array<Column<K>> {
	const widths = new Map<K, number>();
	let used = MARKER_WIDTH;
	const tiers = [...new Set(specs.map(spec => spec.tier))].sort((a, b) => a - b);
	for (const tier of tiers) {
		const members = specs.filter(spec => spec.tier === tier);
		let complete = true;
		for (const spec of members) {
			const cost = spec.min + (widths.size > 0 ? GAP.length : 0);
			if (used + cost > width) {
				complete = false;
				break;
			}
			widths.set(spec.key, spec.min);
			used += cost;
		}
		for (const spec of members) {
			if (!widths.has(spec.key)) continue;
			const grow = Math.min(spec.ideal - spec.min, width - used);
			widths.set(spec.key, spec.min + grow);
			used += grow;
		}
		// A lower tier never shows while a higher one is missing a column.
		if (!complete) break;
	}
	if (widths.has(stretch)) widths.set(stretch, widths.get(stretch)! + Math.max(0, width - used));
	const byKey = new Map(specs.map(spec => [spec.key, spec]));
	return displayOrder.filter(key => widths.has(key)).map(key => ({key, title: byKey.get(key)!.title, width: widths.get(key)!}));
}
