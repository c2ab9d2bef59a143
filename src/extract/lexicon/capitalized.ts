/**
 * How the genre capitalizes its titles, ranks, bodies and places: the case a sentence set in
 * capitals is written back in (recase.ts) where the document itself does not show it. Phrases of
 * one word are left out: most are also common words ("Trưởng", "Sở", "Huế").
 */
import { BODY_NAME_PHRASES } from "./bodies.ts";
import { OFFICE_HEAD_PHRASES, RANK_PHRASES } from "./offices.ts";
import { PROVINCES } from "./provinces.ts";

export const CAPITALIZED_PHRASES: readonly string[] = [
  ...OFFICE_HEAD_PHRASES, ...RANK_PHRASES, ...BODY_NAME_PHRASES, ...PROVINCES,
  // The Party's committees and commissions.
  "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy", "Đảng ủy", "Đảng bộ", "Chi bộ", "Đảng ủy Khối",
  "Ban Thường vụ", "Ban Chấp hành", "Bộ Chính trị", "Ban Bí thư", "Trung ương", "Trung ương Đảng",
  "Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận", "Ban Nội chính", "Ban Kinh tế", "Ban Tuyên giáo và Dân vận",
  "Ban Chính sách, chiến lược", "Ủy ban Kiểm tra", "Ban Chỉ đạo", "Văn phòng", "của Đảng",
  // The state's.
  "Quốc hội", "Chính phủ", "Hội đồng nhân dân", "Ủy ban", "Ủy ban nhân dân", "Đoàn đại biểu Quốc hội", "Hội đồng Dân tộc",
  "Công an", "Bộ Chỉ huy Quân sự", "Bộ đội Biên phòng", "Viện Kiểm sát nhân dân", "Tòa án nhân dân",
  // The Front and the mass organisations.
  "Mặt trận Tổ quốc", "Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Đoàn Thanh niên",
  "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh",
  "Liên đoàn Lao động", "Việt Nam",
];
