/**
 * Provinces and centrally-run cities, before and after the 2025 mergers. A place written after
 * an office title is that office's jurisdiction, not part of the title.
 */
import { unifyTones } from "../../text/fold.ts";
import { phraseIndex } from "./phrases.ts";

const PROVINCE_LIST = [
  "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
  "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk",
  "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh",
  "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
  "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
  "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
  "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Thừa Thiên - Huế", "Huế", "Tiền Giang", "Trà Vinh",
  "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh",
  "TP.HCM", "TPHCM", "HCM",
];

export const PROVINCES: readonly string[] = PROVINCE_LIST.map((p) => unifyTones(p.normalize("NFC")));

/** Province names indexed for matching against a token stream. */
export const PROVINCE_INDEX = phraseIndex(PROVINCES);
