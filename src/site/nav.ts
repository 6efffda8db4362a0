/** Links between the years or periods of a page. */
export interface Link {
  label: string;
  href: string;
  current: boolean;
}

export const yearLinks = (years: number[], current: number, href: (y: number) => string): Link[] =>
  years.map((y) => ({ label: String(y), href: href(y), current: y === current }));
