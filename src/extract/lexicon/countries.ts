/**
 * Countries (and Vietnam itself), as the press writes them. An office abroad, or a foreign body's
 * branch, names the country it is in after "tại" ("Chủ tịch Hội người Việt Nam tại Lào", "Giám đốc
 * quốc gia Tổ chức … tại Việt Nam"): that place is the office's jurisdiction, kept apart.
 */
import { unifyTones } from "../../text/fold.ts";
import { phraseIndex } from "./phrases.ts";

const COUNTRY_LIST = [
  "Việt Nam", "Lào", "Campuchia", "Cam-pu-chia", "Thái Lan", "Trung Quốc", "Nhật Bản", "Hàn Quốc", "Triều Tiên",
  "Hoa Kỳ", "Mỹ", "Nga", "Liên bang Nga", "Pháp", "Đức", "Anh", "Vương quốc Anh", "Italia", "Ý", "Tây Ban Nha",
  "Bồ Đào Nha", "Hà Lan", "Bỉ", "Thụy Sĩ", "Thụy Điển", "Na Uy", "Đan Mạch", "Phần Lan", "Áo", "Ba Lan", "Séc",
  "Cộng hòa Séc", "Slovakia", "Hungary", "Bulgaria", "Romania", "Ukraine", "Belarus", "Úc", "Australia", "Ôxtrâylia",
  "New Zealand", "Canada", "Cuba", "Brazil", "Argentina", "Mexico", "Singapore", "Malaysia", "Indonesia",
  "Philippines", "Myanmar", "Brunei", "Đông Timor", "Ấn Độ", "Bangladesh", "Mông Cổ", "Đài Loan", "Hồng Kông",
  "Israel", "Thổ Nhĩ Kỳ", "Ai Cập", "Nam Phi", "Angola", "Mozambique",
];

/** Countries indexed for matching against a token stream. */
export const COUNTRIES = phraseIndex(COUNTRY_LIST.map((c) => unifyTones(c.normalize("NFC"))));
