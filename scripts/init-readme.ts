/** The README that `npm run init` writes into a new data directory: what to fill in, in Vietnamese, then in English. */
import type { Scope, UnitRow } from "../src/reference/init-plan.ts";
import { after2025 } from "../src/reference/init-plan.ts";

export function clerkReadme(scope: Scope, units: UnitRow[], tables: string[]): string {
  const after = after2025(scope.year);
  const place = after ? units.find((u) => u.valid_from !== "")!.province_name : scope.kind === "district" ? units[0]!.district_name : units[0]!.province_name;
  const inForce = units.filter((u) => (after ? u.valid_from !== "" : true)).length;
  const unitsVi = after
    ? `\`units.csv\`: ${inForce} đơn vị cấp xã có hiệu lực từ 01/07/2025 (không còn cấp huyện) và các đơn vị cũ đã hợp thành chúng ` +
      "(hiệu lực đến 30/06/2025, với huyện cũ); `lineage.csv`: đơn vị cũ nào nhập vào đơn vị mới nào (nghị quyết của UBTVQH). " +
      "Dòng `partial` (đơn vị cũ bị chia tách) cần đối chiếu với nghị quyết."
    : `\`units.csv\`: ${inForce} đơn vị cấp xã theo danh mục ĐVHC của Tổng cục Thống kê ngày 01/03/2025, với huyện của từng đơn vị; ` +
      "các đơn vị này chấm dứt từ 01/07/2025 (sắp xếp ĐVHC) nên `valid_to` là 2025-06-30 và cột `note` ghi đơn vị mới mà chúng nhập vào.";
  const tablesVi = after
    ? "một bảng cho cả tỉnh (từ 01/07/2025 không còn cấp huyện)"
    : scope.kind === "district"
      ? "một bảng cho huyện"
      : "một bảng cho mỗi huyện (trước 2025 các xã được xếp hạng trong huyện của mình)";
  const unitsEn = after
    ? "in force from 01/07/2025, with the old units they were formed from and `lineage.csv`"
    : "of the GSO catalogue on 01/03/2025, ending on 30/06/2025 (the July 2025 reorganisation)";
  // The catalogue is a snapshot of 01/03/2025: units merged in 2023-2025 are not in it.
  const mergedVi = after
    ? ""
    : "   Danh mục là của ngày 01/03/2025: đơn vị đã sáp nhập trong các đợt 2023-2025 không có trong đó.\n" +
      `   Nếu năm ${scope.year} còn các đơn vị ấy, thêm chúng vào \`units.csv\` (với \`valid_to\`) và ghi đơn vị mà chúng nhập vào.\n`;
  const mergedEn = after ? "" : "Units merged in the 2023-2025 wave are not in that catalogue: add them for an earlier year.\n";
  return `# Dữ liệu Chỉ số CCHC cấp xã: ${place}, năm ${scope.year}

Thư mục này do \`npm run init\` tạo từ danh mục đơn vị hành chính chính thức
(xem \`src/reference/README.md\` của dự án: nguồn, ngày, giấy phép).

## Đã có sẵn
- ${unitsVi}
- \`definitions/\`: định nghĩa các lĩnh vực, nhóm chỉ số, mức xếp loại và tên cột, chép từ dữ liệu mẫu
  (Chỉ số CCHC cấp xã của tỉnh Hải Dương, QĐ 3395/QĐ-UBND ngày 15/12/2022).
- \`sources.csv\`: một dòng \`quyet-dinh-cong-bo\` cho quyết định công bố kết quả, chưa có số và ngày.
- Bảng kết quả trống, ${tablesVi}: ${tables.map((t) => `\`${t}\``).join(", ")}. Mỗi đơn vị đã có một dòng
  (STT, mã, tên); các ô điểm để trống.

## Việc cần làm
1. Đối chiếu \`definitions/par-fields.csv\` (tên lĩnh vực, điểm tối đa) với quy định của tỉnh cho năm ${scope.year};
   sửa nếu khác, và sửa tên cột của bảng kết quả theo đó.
2. Điền số, ngày, cơ quan ban hành của quyết định công bố vào dòng \`quyet-dinh-cong-bo\` của \`sources.csv\`
   (mỗi quyết định một dòng nếu có nhiều; cột \`applies_to\` ghi tệp hoặc thư mục mà nó áp dụng).
3. Dán điểm từng lĩnh vực, tổng điểm và xếp hạng đã công bố vào bảng kết quả, đúng dòng của đơn vị
   (giữ cột "Mã đơn vị": đơn vị được nhận theo mã). Có thể lưu bằng Excel dạng CSV UTF-8.
${mergedVi}4. Kiểm tra: \`npm run validate -- <thư mục này>\`, rồi dựng trang: \`DATA_DIR=<thư mục này> npm run build\`.

## In English
Made by \`npm run init\` from the official list of units (see the project's \`src/reference/README.md\`).
\`units.csv\` holds the units ${unitsEn}.
${mergedEn}\`definitions/\` are the demo's (Hải Dương's commune index): check them against your province's rule.
Fill in the decision's number and date in \`sources.csv\`, paste the published scores into the empty rows of
${tables.map((t) => `\`${t}\``).join(", ")}, then run \`npm run validate -- <this directory>\`.
`;
}
