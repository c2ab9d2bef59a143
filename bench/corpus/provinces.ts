/**
 * The 63 provinces and centrally-run cities as they stood before the 2025 mergers,
 * which is the period the generated news covers. A city's Party committee is a
 * Thành ủy and its administration is "thành phố", which changes every office title.
 */

export interface Province {
  /** As written after "tỉnh"/"thành phố": "Ninh Thuận", "Hồ Chí Minh". */
  name: string;
  /** As written on its own or after "Tỉnh ủy"/"Thành ủy": "Ninh Thuận", "TP Hồ Chí Minh". */
  display: string;
  /** ASCII, for file names and URLs. */
  slug: string;
  /** "Tỉnh ủy" or "Thành ủy". */
  committee: string;
  /** "tỉnh" or "thành phố". */
  level: string;
  /** "Tỉnh ủy viên" or "Thành ủy viên". */
  member: string;
}

const CITIES = new Set(["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"]);

const NAMES = [
  "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "An Giang", "Bà Rịa - Vũng Tàu",
  "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương", "Bình Định",
  "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên",
  "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang",
  "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng",
  "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
  "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng",
  "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang",
  "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
] as const;

export function asciiSlug(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export const PROVINCES: readonly Province[] = NAMES.map((name) => {
  const city = CITIES.has(name);
  return {
    name,
    display: name === "Hồ Chí Minh" ? "TP Hồ Chí Minh" : name,
    slug: asciiSlug(name),
    committee: city ? "Thành ủy" : "Tỉnh ủy",
    level: city ? "thành phố" : "tỉnh",
    member: city ? "Thành ủy viên" : "Tỉnh ủy viên",
  };
});
