/**
 * A synthetic district of n units (codes 00000…) with one PAR table of n rows,
 * for the large-table test and the benchmark. Deterministic; illustrative only.
 */
import { randomLcg } from "d3";

const MAXIMA = [15, 5, 18.5, 6, 11, 7, 11.5, 2, 14, 10];
const HEADER = "STT;Đơn vị;Công tác chỉ đạo, điều hành CCHC;Cải cách thể chế;Cải cách thủ tục hành chính;Cải cách tổ chức bộ máy;Cải cách chế độ công vụ;Cải cách tài chính công;Xây dựng chính quyền điện tử, chính quyền số;Tác động của CCHC đến phát triển kinh tế - xã hội;Đánh giá của các tổ chức đối với CCHC;Chỉ số hài lòng của người dân, tổ chức;Tổng điểm";

export function largeDistrict(n: number): { units: string; table: string } {
  const random = randomLcg(n);
  const units = ["code,name,kind,district_code,district_name,valid_from,valid_to,merged_into,note"];
  const rows = [HEADER];
  for (let i = 0; i < n; i++) {
    const code = String(i).padStart(5, "0");
    units.push(`${code},Xã Thử ${code},xã,999,Thử nghiệm,,,,`);
    const scores = MAXIMA.map((m) => Math.round(m * (0.5 + random() * 0.5) * 100) / 100);
    const total = Math.round(scores.reduce((s, v) => s + v, 0) * 100) / 100;
    rows.push([String(i + 1), `Xã Thử ${code}`, ...scores.map((v) => String(v).replace(".", ",")), String(total).replace(".", ",")].join(";"));
  }
  return { units: units.join("\n") + "\n", table: rows.join("\r\n") + "\r\n" };
}
