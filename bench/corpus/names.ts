/**
 * Vietnamese personal names: family name, zero to two middle names, given name.
 * Family-name weights follow published surname shares (Nguyễn ≈ 38 %, Trần ≈ 11 %, …),
 * so common namesakes ("Nguyễn Văn Hùng") arise at about the rate they do in the news.
 */
import { type Rng, WeightedTable } from "./random.ts";

export type Gender = "M" | "F";

const FAMILY = new WeightedTable<string>([
  ["Nguyễn", 38], ["Trần", 11], ["Lê", 9.5], ["Phạm", 7], ["Hoàng", 3.2], ["Huỳnh", 2],
  ["Phan", 4.5], ["Vũ", 2.3], ["Võ", 1.7], ["Đặng", 2.1], ["Bùi", 2], ["Đỗ", 1.4],
  ["Hồ", 1.3], ["Ngô", 1.3], ["Dương", 1], ["Lý", 0.5], ["Đào", 0.4], ["Đinh", 0.5],
  ["Lâm", 0.3], ["Mai", 0.3], ["Trịnh", 0.3], ["Trương", 0.5], ["Lương", 0.3], ["Lại", 0.1],
  ["Hà", 0.4], ["Tạ", 0.1], ["Cao", 0.2], ["Châu", 0.1], ["Tô", 0.1], ["Đoàn", 0.3],
  ["Thái", 0.1], ["Lưu", 0.1], ["Kiều", 0.05], ["Quách", 0.05], ["Nông", 0.1], ["Vi", 0.05],
  ["Lò", 0.05], ["Triệu", 0.1], ["Chu", 0.1], ["Khổng", 0.03], ["Tôn", 0.05], ["La", 0.05],
]);

const MIDDLE: Record<Gender, WeightedTable<string>> = {
  M: new WeightedTable<string>([
    ["Văn", 16], ["Đức", 7], ["Minh", 7], ["Quốc", 6], ["Thanh", 5], ["Hữu", 5], ["Ngọc", 3],
    ["Xuân", 3], ["Công", 3], ["Đình", 4], ["Quang", 4], ["Trọng", 3], ["Tuấn", 1], ["Hồng", 2],
    ["Việt", 2], ["Anh", 1], ["Mạnh", 1], ["Duy", 2], ["Hoàng", 2], ["Trung", 1], ["Thế", 2],
    ["Bá", 1], ["Khắc", 1], ["Kim", 1], ["Long", 0.5], ["Tiến", 1], ["Huy", 1], ["Chí", 1],
  ]),
  F: new WeightedTable<string>([
    ["Thị", 40], ["Ngọc", 5], ["Thanh", 5], ["Thu", 4], ["Minh", 3], ["Hồng", 4], ["Kim", 3],
    ["Thúy", 2], ["Phương", 2], ["Bích", 2], ["Mai", 1], ["Hải", 1], ["Lan", 1], ["Diệu", 1],
  ]),
};

/** Second middle name of four-syllable names ("Võ Thị Ánh Xuân", "Nguyễn Văn Minh Tuấn"). */
const SECOND_MIDDLE: Record<Gender, readonly string[]> = {
  M: ["Minh", "Anh", "Quốc", "Thanh", "Hoàng", "Đức", "Việt", "Hải", "Ngọc", "Trung", "Bảo"],
  F: ["Thanh", "Ánh", "Thu", "Ngọc", "Kim", "Hồng", "Minh", "Bích", "Thúy", "Mỹ", "Diễm"],
};

const GIVEN: Record<Gender, readonly string[]> = {
  M: [
    "Hùng", "Dũng", "Tuấn", "Thanh", "Hải", "Long", "Nam", "Sơn", "Thắng", "Cường", "Minh", "Quang",
    "Hòa", "Bình", "Tâm", "Trung", "Phong", "Hưng", "Lợi", "Hậu", "Chiến", "Tùng", "Khánh", "Vinh",
    "Hiếu", "Đức", "Toàn", "Thành", "Hoàng", "Việt", "Quân", "Phúc", "Lâm", "Kiên", "Huy", "Tài",
    "Định", "Tiến", "Quý", "Lực", "Sáng", "Thọ", "Xứng", "Chính", "Mẫn", "Phớc", "Hựu", "Tuất",
    "Ngọc", "Đông", "Thái", "Nghĩa", "Dương", "Bảo", "An", "Khoa", "Lộc", "Hiển", "Luận", "Thịnh",
    "Tín", "Trí", "Đạt", "Hiệp", "Thuận", "Tường", "Cảnh", "Chương", "Khải", "Điền", "Quyết",
    "Thủy", "Hoan", "Bắc", "Triều", "Nhân", "Phương", "Sỹ", "Thạch", "Vượng", "Duẩn", "Hạnh",
    "Biên", "Chỉnh", "Nguyên", "Sinh", "Tú", "Tuệ", "Uy", "Vũ", "Yên", "Khoát", "Doanh", "Hà",
    "Ân", "Bằng", "Cương", "Diện", "Đoàn", "Giáp", "Hiến", "Học", "Kháng", "Khiêm", "Lạng", "Lịch",
    "Mừng", "Nhật", "Phát", "Quảng", "Sang", "Tấn", "Thông", "Thường", "Tịnh", "Trường", "Tuyến",
    "Văn", "Vương", "Xuyên", "Hảo", "Khương", "Lành", "Nhạc", "Phụng", "Quỳnh", "Thiện", "Trinh",
  ],
  F: [
    "Hương", "Lan", "Hà", "Hạnh", "Hoa", "Mai", "Thủy", "Thúy", "Nga", "Hằng", "Linh", "Lụa", "Xuân",
    "Yến", "Phương", "Huyền", "Trang", "Thảo", "Nhung", "Tuyết", "Oanh", "Loan", "Vân", "Dung",
    "Liên", "Hồng", "Thu", "Anh", "Ngân", "Hiền", "Quyên", "Lý", "Hòa", "Thoa", "Bích", "Hải",
    "Diệp", "Nguyệt", "Thùy", "Ánh", "Khuê", "Nhàn", "Tâm", "Hậu", "Thanh", "Duyên", "Giang",
    "Châm", "Cúc", "Đào", "Gấm", "Hoài", "Huệ", "Khánh", "Lài", "Lệ", "Mận", "My", "Nhi", "Nhị",
    "Phượng", "Quế", "Sen", "Son", "Tuyền", "Uyên", "Vui", "Xoan", "Yên", "Thắm", "Trâm", "Hường",
  ],
};

/** 2 syllables are rare among officials ("Tô Lâm"); 4 are common for women. */
const LENGTH: Record<Gender, WeightedTable<2 | 3 | 4>> = {
  M: new WeightedTable<2 | 3 | 4>([[2, 4], [3, 86], [4, 10]]),
  F: new WeightedTable<2 | 3 | 4>([[2, 2], [3, 73], [4, 25]]),
};

export function drawName(rng: Rng, gender: Gender): string {
  const family = FAMILY.draw(rng);
  const given = rng.pick(GIVEN[gender]);
  const length = LENGTH[gender].draw(rng);
  if (length === 2) return `${family} ${given}`;
  let middle = MIDDLE[gender].draw(rng);
  while (middle === given) middle = MIDDLE[gender].draw(rng);
  if (length === 3) return `${family} ${middle} ${given}`;
  let second = rng.pick(SECOND_MIDDLE[gender]);
  while (second === middle || second === given) second = rng.pick(SECOND_MIDDLE[gender]);
  return `${family} ${middle} ${second} ${given}`;
}
