/**
 * The written summary of a unit's year, in the shape of a commune report's
 * section I, for staff to copy: "Năm 2022, UBND xã đạt 87,75/100 điểm, xếp thứ
 * 9/20 xã, thị trấn, thuộc nhóm hoàn thành tốt nhiệm vụ, cụ thể: - Cải cách thể
 * chế đạt 4,75/5 điểm, xếp hạng 2/3 hạng; …".
 */
import type { UnitKind } from "../data/types.ts";
import type { ParResult } from "./par.ts";
import { councilOf, denseText, inSentence, positionText, scoreOf } from "./wording.ts";

export interface Summary {
  lead: string;
  items: string[];
  /** Lead and items as one text, one item a line, as a report writes them. */
  text: string;
}

export function summary(result: ParResult, kinds: string): Summary {
  const band = result.band ? `, thuộc nhóm ${inSentence(result.band.label)}` : "";
  const lead =
    `Năm ${result.year}, ${councilOf(result.unit.kind as UnitKind)} đạt ${scoreOf(result.total, result.totalMax)} điểm, ` +
    `xếp ${positionText(result.position)} ${kinds}${band}, cụ thể:`;
  const items = result.fields.map(
    (f, i, all) => `- ${f.def.name} đạt ${scoreOf(f.score, f.def.max)} điểm, xếp hạng ${denseText(f.dense)}${i === all.length - 1 ? "." : ";"}`,
  );
  return { lead, items, text: [lead, ...items].join("\n") };
}
