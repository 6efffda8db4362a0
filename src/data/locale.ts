/**
 * Vietnamese number formats (d3-format): decimal comma, thousands dot, "87,75",
 * "1.234", "97,9%". Every number shown to a reader or written in a message goes
 * through here.
 */
import { formatLocale } from "d3";

export const vi = formatLocale({ decimal: ",", thousands: ".", grouping: [3], currency: ["", "\u00a0₫"], percent: "%" });
const en = formatLocale({ decimal: ".", thousands: ",", grouping: [3], currency: ["", ""] });

/** A score or count as written by Vietnamese offices: up to 3 decimals, none trailing ("87,75", "11", "1,577", "1.234"). */
export const viNumber = vi.format(",.3~f");
export const enNumber = en.format(",.3~f");
/** A share (0-1) as a percentage with one decimal, as the documents write it: "97,9%". */
export const viPercent = vi.format(".1~%");
/** A computed statistic (median, mean) to at most 2 decimals: "70,64", where a published cell keeps its own decimals. */
export const viStat = vi.format(",.2~f");
/** A signed change: "+1,25", "−0,5", "0". */
export const viSigned = (n: number) => (n > 0 ? "+" : n < 0 ? "\u2212" : "") + viNumber(Math.abs(n));

/** Numbers for CSV downloads: as viNumber, but with an ASCII minus that Excel reads as a number. */
export const csvNumber = formatLocale({ decimal: ",", thousands: "", grouping: [3], currency: ["", ""], minus: "-" }).format(".3~f");
