/**
 * The written summary of a unit's year, in the shape of a commune report's
 * section I, for staff to copy: "Năm 2022, UBND xã đạt 87,75/100 điểm, xếp thứ
 * 9/20 xã, thị trấn, thuộc nhóm hoàn thành tốt nhiệm vụ, cụ thể: - Cải cách thể
 * chế đạt 4,75/5 điểm, xếp hạng 2/3 hạng; …".
 */
import { viNumber, viPercent } from "../data/locale.ts";
import type { UnitKind } from "../data/types.ts";
import type { ParResult } from "./par.ts";
import type { ServiceResult } from "./service.ts";
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

/** Dossier counts as a report writes them: two digits at least ("03 hồ sơ", "192 hồ sơ"). */
const count = (n: number) => (Number.isInteger(n) && n >= 0 && n < 10 ? `0${n}` : viNumber(n));

/**
 * The quotable paragraph of a unit's service index in a period, in the shape of the
 * report's own: "Quý I/2023, Bộ chỉ số phục vụ người dân, doanh nghiệp của xã đạt 65,67
 * điểm, đứng thứ 14/20 xã, thị trấn trong huyện, cụ thể: - Tiếp nhận tổng số 192 hồ sơ
 * (…)". Only the figures the table holds are written; nothing is filled in.
 */
/** `among` names what the table ranks: "huyện", or "tỉnh" / "thành phố" from 2025 (../data/scope.ts). */
export function serviceSummary(result: ServiceResult, label: string, kinds: string, among = "huyện"): Summary {
  const d = Object.fromEntries(result.dossiers.map((x) => [x.def.code, x.value])) as Record<string, number | undefined>;
  const share = (key: string) => result.derived.find((x) => x.key === key);
  const items: string[] = [];
  const part = (...bits: (string | false | undefined)[]) => bits.filter((b): b is string => typeof b === "string" && b !== "").join(", ");
  const received = part(
    d["tiep-nhan"] !== undefined && `tiếp nhận tổng số ${count(d["tiep-nhan"])} hồ sơ`,
    d["tiep-nhan-truc-tiep"] !== undefined && `trong đó tiếp nhận trực tiếp ${count(d["tiep-nhan-truc-tiep"])} hồ sơ`,
    d["tiep-nhan-truc-tuyen"] !== undefined && `tiếp nhận trực tuyến ${count(d["tiep-nhan-truc-tuyen"])} hồ sơ`,
    d["ton-ky-truoc"] !== undefined && `${count(d["ton-ky-truoc"])} hồ sơ tồn`,
  );
  const late = result.checks.find((c) => c.key === "late");
  const resolved = part(
    d["dung-han"] !== undefined && `giải quyết trước hạn và đúng hạn ${count(d["dung-han"])} hồ sơ`,
    d["tre-han"] !== undefined && `trễ hạn ${count(d["tre-han"])} hồ sơ${late ? ` (tỷ lệ ${viPercent(late.share)} theo số công bố)` : ""}`,
    d["dang-giai-quyet"] !== undefined && `đang giải quyết ${count(d["dang-giai-quyet"])} hồ sơ`,
  );
  if (received || resolved) items.push(`- Tiếp nhận và giải quyết TTHC: ${[received, resolved].filter(Boolean).join("; ")}.`);
  if (d["chung-thuc-dien-tu"] !== undefined) items.push(`- Thực hiện chứng thực bản sao điện tử ${count(d["chung-thuc-dien-tu"])} hồ sơ.`);
  const onReceipt = share("digitised-on-receipt");
  const results = share("results-digitised");
  const digitised = part(
    d["chua-so-hoa-tiep-nhan"] !== undefined && `chưa số hóa thành phần khi tiếp nhận ${count(d["chua-so-hoa-tiep-nhan"])} hồ sơ`,
    d["so-hoa-tiep-nhan"] !== undefined && `số hóa đầy đủ thành phần ${count(d["so-hoa-tiep-nhan"])} hồ sơ${onReceipt ? ` đạt ${viPercent(onReceipt.share)}` : ""}`,
    d["chua-so-hoa-ket-qua"] !== undefined && `chưa số hóa kết quả ${count(d["chua-so-hoa-ket-qua"])} hồ sơ`,
    d["so-hoa-ket-qua"] !== undefined && `có số hóa kết quả ${count(d["so-hoa-ket-qua"])} hồ sơ${results ? ` đạt ${viPercent(results.share)}` : ""}`,
  );
  if (digitised) items.push(`- Số hóa hồ sơ: ${digitised}.`);
  const online = part(
    d["muc-do-4"] !== undefined && `mức độ 4: ${count(d["muc-do-4"])} hồ sơ`,
    d["muc-do-3"] !== undefined && `mức độ 3: ${count(d["muc-do-3"])} hồ sơ`,
  );
  if (online) items.push(`- Hồ sơ trực tuyến ${online}.`);
  if (d["thanh-toan-truc-tuyen"] !== undefined) {
    items.push(`- Thanh toán phí, lệ phí trên Cổng dịch vụ công quốc gia: đạt ${viNumber(d["thanh-toan-truc-tuyen"])}%.`);
  }
  const lead =
    `${label}, Bộ chỉ số phục vụ người dân, doanh nghiệp của ${councilOf(result.unit.kind as UnitKind)} đạt ${viNumber(result.total)} điểm, ` +
    `đứng ${positionText(result.position)} ${kinds} trong ${among}${items.length > 0 ? ", cụ thể:" : "."}`;
  return { lead, items, text: [lead, ...items].join("\n") };
}
