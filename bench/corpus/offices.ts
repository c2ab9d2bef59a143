/**
 * Office titles: the canonical form an answer key holds (abbreviations expanded,
 * no place name) and the ways news text writes the same title.
 */
import type { Province } from "./provinces.ts";
import type { Weighted } from "./random.ts";

export interface Office {
  /** Answer-key title: "Chủ tịch Ủy ban nhân dân tỉnh", "Ủy viên Trung ương Đảng". */
  canon: string;
  /** Spellings found in the news, weighted by how often they appear. */
  surfaces: Weighted<string>;
  /** What may follow the title as its jurisdiction (" Ninh Thuận"); null when nothing does. */
  place: string | null;
  /** The bare title a later sentence uses instead of the name, or null if reporters do not. */
  coref: string | null;
}

const plain = (canon: string, coref: string | null = null): Office => ({
  canon,
  surfaces: [[canon, 1]],
  place: null,
  coref,
});

export const CENTRAL_MEMBER: Office = {
  canon: "Ủy viên Trung ương Đảng",
  surfaces: [
    ["Ủy viên Trung ương Đảng", 10], ["Ủy viên TW Đảng", 4], ["UVTW", 1],
    ["Ủy viên Ban Chấp hành Trung ương Đảng", 2], ["Ủy viên Trung ương", 2], ["UVT.Ư Đảng", 0.5],
  ],
  place: null,
  coref: null,
};
export const POLITBURO_MEMBER = plain("Ủy viên Bộ Chính trị");
export const SECRETARIAT_MEMBER = plain("Bí thư Trung ương Đảng");

/** Central posts, each with the bare title used for later mentions where reporters use one. */
export const CENTRAL = {
  generalSecretary: {
    canon: "Tổng Bí thư",
    surfaces: [["Tổng Bí thư", 6], ["Tổng Bí thư Ban Chấp hành Trung ương Đảng", 1]],
    place: null,
    coref: "Tổng Bí thư",
  } satisfies Office,
  president: plain("Chủ tịch nước", "Chủ tịch nước"),
  primeMinister: plain("Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
  assemblyChair: plain("Chủ tịch Quốc hội", "Chủ tịch Quốc hội"),
  standingSecretary: plain("Thường trực Ban Bí thư", "Thường trực Ban Bí thư"),
  organizationHead: plain("Trưởng Ban Tổ chức Trung ương", "Trưởng Ban Tổ chức Trung ương"),
  propagandaHead: plain("Trưởng Ban Tuyên giáo Trung ương", "Trưởng Ban Tuyên giáo Trung ương"),
  inspectionHead: plain("Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Chủ nhiệm Ủy ban Kiểm tra Trung ương"),
  internalHead: plain("Trưởng Ban Nội chính Trung ương", "Trưởng Ban Nội chính Trung ương"),
  massHead: plain("Trưởng Ban Dân vận Trung ương", "Trưởng Ban Dân vận Trung ương"),
  economicHead: plain("Trưởng Ban Kinh tế Trung ương", "Trưởng Ban Kinh tế Trung ương"),
  partyOfficeChief: plain("Chánh Văn phòng Trung ương Đảng"),
  deputyPrimeMinister: plain("Phó Thủ tướng Chính phủ"),
  deputyAssemblyChair: plain("Phó Chủ tịch Quốc hội"),
  vicePresident: plain("Phó Chủ tịch nước", "Phó Chủ tịch nước"),
  deputyOrganizationHead: plain("Phó Trưởng Ban Tổ chức Trung ương"),
  deputyPropagandaHead: plain("Phó Trưởng Ban Tuyên giáo Trung ương"),
  publicSecurityMinister: plain("Bộ trưởng Bộ Công an"),
  defenceMinister: plain("Bộ trưởng Bộ Quốc phòng"),
  homeMinister: plain("Bộ trưởng Bộ Nội vụ"),
  financeMinister: plain("Bộ trưởng Bộ Tài chính"),
  planningMinister: plain("Bộ trưởng Bộ Kế hoạch và Đầu tư"),
  educationMinister: plain("Bộ trưởng Bộ Giáo dục và Đào tạo"),
} as const;

/** Provincial departments. Some names hold a comma or a hyphen, as the real ones do. */
export const DEPARTMENTS: readonly string[] = [
  "Nội vụ", "Tài chính", "Kế hoạch và Đầu tư", "Giáo dục và Đào tạo", "Y tế", "Tư pháp",
  "Nông nghiệp và Phát triển nông thôn", "Công Thương", "Xây dựng", "Giao thông vận tải",
  "Tài nguyên và Môi trường", "Khoa học và Công nghệ", "Thông tin và Truyền thông",
  "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch", "Ngoại vụ",
];

export const PARTY_BOARDS = ["Tổ chức", "Tuyên giáo", "Dân vận", "Nội chính"] as const;
export type PartyBoard = (typeof PARTY_BOARDS)[number];

/** The offices of one province, built once: titles depend on whether it is a city. */
export class ProvincialOffices {
  readonly secretary: Office;
  readonly standingDeputySecretary: Office;
  readonly deputySecretary: Office;
  readonly standingMember: Office;
  readonly member: Office;
  readonly committeeChair: Office;
  readonly committeeStandingVice: Office;
  readonly committeeVice: Office;
  readonly councilChair: Office;
  readonly councilVice: Office;
  readonly inspectionChair: Office;
  readonly deputationHead: Office;
  readonly deputationDeputy: Office;
  readonly frontChair: Office;
  readonly partyOfficeChief: Office;
  readonly boards: Record<PartyBoard, Office>;
  private readonly directors = new Map<string, Office>();

  constructor(province: Province) {
    const { committee: c, level: l } = province;
    const atCommittee = ` ${province.display}`;
    const atLevel = ` ${province.name}`;
    const party = (canon: string, surfaces: Weighted<string>, coref: string | null = null): Office => ({
      canon,
      surfaces,
      place: atCommittee,
      coref,
    });
    const state = (canon: string, surfaces: Weighted<string>, coref: string | null = null): Office => ({
      canon,
      surfaces,
      place: atLevel,
      coref,
    });

    this.secretary = party(`Bí thư ${c}`, [[`Bí thư ${c}`, 1]], `Bí thư ${c}`);
    this.standingDeputySecretary = party(
      `Phó Bí thư Thường trực ${c}`,
      [[`Phó Bí thư Thường trực ${c}`, 12], [`Phó Bí thư TT ${c}`, 1]],
      `Phó Bí thư Thường trực ${c}`,
    );
    this.deputySecretary = party(`Phó Bí thư ${c}`, [[`Phó Bí thư ${c}`, 1]]);
    this.standingMember = party(`Ủy viên Ban Thường vụ ${c}`, [
      [`Ủy viên Ban Thường vụ ${c}`, 8], [`UVTV ${c}`, 3], [`Ủy viên BTV ${c}`, 1],
    ]);
    this.member = { canon: province.member, surfaces: [[province.member, 1]], place: null, coref: null };
    this.committeeChair = state(
      `Chủ tịch Ủy ban nhân dân ${l}`,
      [[`Chủ tịch UBND ${l}`, 6], [`Chủ tịch Ủy ban nhân dân ${l}`, 2]],
      `Chủ tịch UBND ${l}`,
    );
    this.committeeStandingVice = state(`Phó Chủ tịch Thường trực Ủy ban nhân dân ${l}`, [
      [`Phó Chủ tịch Thường trực UBND ${l}`, 4], [`Phó Chủ tịch TT UBND ${l}`, 1],
    ]);
    this.committeeVice = state(`Phó Chủ tịch Ủy ban nhân dân ${l}`, [
      [`Phó Chủ tịch UBND ${l}`, 6], [`Phó Chủ tịch Ủy ban nhân dân ${l}`, 1],
    ]);
    this.councilChair = state(
      `Chủ tịch Hội đồng nhân dân ${l}`,
      [[`Chủ tịch HĐND ${l}`, 6], [`Chủ tịch Hội đồng nhân dân ${l}`, 1]],
      `Chủ tịch HĐND ${l}`,
    );
    this.councilVice = state(`Phó Chủ tịch Hội đồng nhân dân ${l}`, [[`Phó Chủ tịch HĐND ${l}`, 1]]);
    this.inspectionChair = party(`Chủ nhiệm Ủy ban Kiểm tra ${c}`, [[`Chủ nhiệm Ủy ban Kiểm tra ${c}`, 1]]);
    this.deputationHead = state(`Trưởng Đoàn Đại biểu Quốc hội ${l}`, [
      [`Trưởng Đoàn ĐBQH ${l}`, 6], [`Trưởng đoàn ĐBQH ${l}`, 2], [`Trưởng Đoàn đại biểu Quốc hội ${l}`, 1],
    ]);
    this.deputationDeputy = state(`Phó Trưởng Đoàn chuyên trách Đoàn Đại biểu Quốc hội ${l}`, [
      [`Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH ${l}`, 1],
    ]);
    this.frontChair = state(`Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam ${l}`, [
      [`Chủ tịch Ủy ban MTTQ Việt Nam ${l}`, 4], [`Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam ${l}`, 1],
    ]);
    this.partyOfficeChief = party(`Chánh Văn phòng ${c}`, [[`Chánh Văn phòng ${c}`, 1]]);
    const board = (b: PartyBoard): Office => party(`Trưởng Ban ${b} ${c}`, [[`Trưởng Ban ${b} ${c}`, 1]]);
    this.boards = { "Tổ chức": board("Tổ chức"), "Tuyên giáo": board("Tuyên giáo"), "Dân vận": board("Dân vận"), "Nội chính": board("Nội chính") };
  }

  /** "Giám đốc Sở Y tế": the department already names the body, so no place follows. */
  director(department: string): Office {
    let office = this.directors.get(department);
    if (!office) {
      office = plain(`Giám đốc Sở ${department}`);
      this.directors.set(department, office);
    }
    return office;
  }
}
