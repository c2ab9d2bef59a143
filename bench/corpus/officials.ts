/**
 * The standing population of officials the generated news is about. Time is cut
 * into eras; between eras some officials keep their seat, some are promoted inside
 * their province, rotated to another province or called to a central post (same
 * person, same id, new offices), and the rest leave office (later written
 * "nguyên …"). Names are drawn from real distributions, so namesakes — different
 * ids, same name — occur in different provinces as they do in the press.
 */
import { type Day, dayOf } from "./calendar.ts";
import { drawName, type Gender } from "./names.ts";
import {
  CENTRAL, CENTRAL_MEMBER, DEPARTMENTS, type Office, PARTY_BOARDS, POLITBURO_MEMBER,
  ProvincialOffices, SECRETARIAT_MEMBER,
} from "./offices.ts";
import { PROVINCES, type Province } from "./provinces.ts";
import { mixSeed, Rng } from "./random.ts";

export interface Person {
  /** The generator's identity: namesakes differ, a rotated official keeps it. */
  id: string;
  name: string;
  gender: Gender;
}

export interface Posting {
  person: Person;
  /** In the order the press lists them: party titles first, the main post last. */
  offices: readonly Office[];
  /** Military or police rank written before the name; never an office. */
  rank: string | null;
  seat: string;
}

/** Someone who held a post in the province in an earlier era and holds none now. */
export interface Former {
  person: Person;
  office: Office;
}

export interface ProvinceEra {
  province: Province;
  offices: ProvincialOffices;
  seats: ReadonlyMap<string, Posting>;
  formers: readonly Former[];
}

export interface Era {
  start: Day;
  provinces: readonly ProvinceEra[];
  central: ReadonlyMap<string, Posting>;
}

/** The news covers 2018 to mid-2025; personnel changes at these dates. */
const ERA_STARTS = ["2018-01-01", "2019-07-01", "2020-10-01", "2022-01-01", "2023-07-01", "2024-10-01"].map(dayOf);
export const PERIOD_START = dayOf("2018-01-01");
export const PERIOD_END = dayOf("2025-06-30");

const KEEP_SEAT = 0.78;
const KEEP_CENTRAL_SEAT = 0.75;
const ROTATE_IN = 0.3;
const PROMOTE_WITHIN = 0.3;
const CENTRAL_FROM_PROVINCE = 0.4;
const DELIBERATE_NAMESAKE = 0.02;
const MAX_FORMERS = 24;

interface SeatPlan {
  seat: string;
  offices: readonly Office[];
  /** 0: the four leaders; 1: standing-committee level; 2: the rest. */
  tier: 0 | 1 | 2;
  femaleRate: number;
  rank?: string;
}

function provincialSeats(po: ProvincialOffices, city: boolean, rng: Rng): SeatPlan[] {
  // Who also chairs the People's Council and who heads the National Assembly deputation varies by province.
  const secretaryChairsCouncil = rng.chance(0.3);
  const secretaryHeadsDeputation = !secretaryChairsCouncil && rng.chance(0.35);
  const standingChairsCouncil = !secretaryChairsCouncil && rng.chance(0.35);
  const standingHeadsDeputation = !secretaryHeadsDeputation && rng.chance(0.4);
  const opt = (cond: boolean, o: Office) => (cond ? [o] : []);
  const seats: SeatPlan[] = [
    {
      seat: "secretary",
      offices: [
        ...opt(city || rng.chance(0.8), CENTRAL_MEMBER), po.secretary,
        ...opt(secretaryChairsCouncil, po.councilChair), ...opt(secretaryHeadsDeputation, po.deputationHead),
      ],
      tier: 0,
      femaleRate: 0.1,
    },
    {
      seat: "standingDeputy",
      offices: [
        po.standingDeputySecretary, ...opt(standingChairsCouncil, po.councilChair),
        ...opt(standingHeadsDeputation, po.deputationHead),
      ],
      tier: 0,
      femaleRate: 0.2,
    },
    { seat: "committeeChair", offices: [...opt(city, CENTRAL_MEMBER), po.deputySecretary, po.committeeChair], tier: 0, femaleRate: 0.1 },
    { seat: "committeeStandingVice", offices: [po.standingMember, po.committeeStandingVice], tier: 1, femaleRate: 0.15 },
    { seat: "committeeVice", offices: [po.member, po.committeeVice], tier: 2, femaleRate: 0.2 },
    { seat: "committeeVice2", offices: [po.committeeVice], tier: 2, femaleRate: 0.2 },
    { seat: "councilVice", offices: [po.member, po.councilVice], tier: 2, femaleRate: 0.3 },
    ...PARTY_BOARDS.map((b): SeatPlan => ({
      seat: `board:${b}`, offices: [po.standingMember, po.boards[b]], tier: 1, femaleRate: b === "Dân vận" ? 0.35 : 0.15,
    })),
    { seat: "inspection", offices: [po.standingMember, po.inspectionChair], tier: 1, femaleRate: 0.15 },
    { seat: "front", offices: [po.standingMember, po.frontChair], tier: 1, femaleRate: 0.35 },
    { seat: "partyOffice", offices: [po.member, po.partyOfficeChief], tier: 2, femaleRate: 0.2 },
    {
      seat: "deputation",
      offices: secretaryHeadsDeputation || standingHeadsDeputation ? [po.deputationDeputy] : [po.standingMember, po.deputationHead],
      tier: secretaryHeadsDeputation || standingHeadsDeputation ? 2 : 1,
      femaleRate: 0.3,
    },
    ...rng.sample(DEPARTMENTS, 5).map((d): SeatPlan => ({
      seat: `director:${d}`, offices: [...opt(rng.chance(0.4), po.member), po.director(d)], tier: 2, femaleRate: 0.25,
    })),
  ];
  if (!secretaryChairsCouncil && !standingChairsCouncil) {
    seats.push({
      seat: "councilChair",
      offices: [rng.chance(0.5) ? po.deputySecretary : po.standingMember, po.councilChair],
      tier: 0,
      femaleRate: 0.2,
    });
  }
  return seats;
}

const central = (seat: string, offices: Office[], femaleRate = 0.1, rank?: string): SeatPlan => ({
  seat, offices, tier: 0, femaleRate, ...(rank ? { rank } : {}),
});

const CENTRAL_SEATS: readonly SeatPlan[] = [
  central("generalSecretary", [CENTRAL.generalSecretary], 0),
  central("president", [POLITBURO_MEMBER, CENTRAL.president], 0),
  central("primeMinister", [POLITBURO_MEMBER, CENTRAL.primeMinister], 0),
  central("assemblyChair", [POLITBURO_MEMBER, CENTRAL.assemblyChair], 0.2),
  central("standingSecretary", [POLITBURO_MEMBER, CENTRAL.standingSecretary], 0.1),
  central("organizationHead", [POLITBURO_MEMBER, CENTRAL.organizationHead]),
  central("propagandaHead", [POLITBURO_MEMBER, CENTRAL.propagandaHead]),
  central("inspectionHead", [POLITBURO_MEMBER, CENTRAL.inspectionHead]),
  central("internalHead", [SECRETARIAT_MEMBER, CENTRAL.internalHead]),
  central("massHead", [SECRETARIAT_MEMBER, CENTRAL.massHead], 0.3),
  central("economicHead", [SECRETARIAT_MEMBER, CENTRAL.economicHead]),
  central("partyOfficeChief", [SECRETARIAT_MEMBER, CENTRAL.partyOfficeChief]),
  central("deputyPrimeMinister1", [POLITBURO_MEMBER, CENTRAL.deputyPrimeMinister]),
  central("deputyPrimeMinister2", [CENTRAL_MEMBER, CENTRAL.deputyPrimeMinister]),
  central("deputyPrimeMinister3", [CENTRAL_MEMBER, CENTRAL.deputyPrimeMinister]),
  central("deputyAssemblyChair1", [CENTRAL_MEMBER, CENTRAL.deputyAssemblyChair], 0.3),
  central("deputyAssemblyChair2", [CENTRAL_MEMBER, CENTRAL.deputyAssemblyChair], 0.3),
  central("vicePresident", [CENTRAL_MEMBER, CENTRAL.vicePresident], 0.6),
  central("publicSecurityMinister", [POLITBURO_MEMBER, CENTRAL.publicSecurityMinister], 0, "Đại tướng"),
  central("defenceMinister", [POLITBURO_MEMBER, CENTRAL.defenceMinister], 0, "Đại tướng"),
  central("homeMinister", [CENTRAL_MEMBER, CENTRAL.homeMinister], 0.2),
  central("financeMinister", [CENTRAL_MEMBER, CENTRAL.financeMinister]),
  central("planningMinister", [CENTRAL_MEMBER, CENTRAL.planningMinister]),
  central("educationMinister", [CENTRAL_MEMBER, CENTRAL.educationMinister]),
  central("deputyOrganizationHead", [CENTRAL_MEMBER, CENTRAL.deputyOrganizationHead], 0.2),
  central("deputyPropagandaHead", [CENTRAL_MEMBER, CENTRAL.deputyPropagandaHead], 0.2),
];

export class Population {
  constructor(readonly eras: readonly Era[]) {}

  eraAt(day: Day): Era {
    let era = this.eras[0]!;
    for (const e of this.eras) if (e.start <= day) era = e;
    return era;
  }
}

/** The post a person is known by: the one reporters use as a bare title, else the last listed. */
function mainOffice(offices: readonly Office[]): Office {
  return offices.find((o) => o.coref !== null) ?? offices[offices.length - 1]!;
}

const posting = (person: Person, plan: SeatPlan): Posting => ({
  person, offices: plan.offices, rank: plan.rank ?? null, seat: plan.seat,
});

export function buildPopulation(seed: number): Population {
  const rng = new Rng(mixSeed(seed, 0x909));
  const everyone: Person[] = [];
  const newPerson = (plan: SeatPlan, taken: (name: string) => boolean, province: number | null): Person => {
    const gender: Gender = rng.chance(plan.femaleRate) ? "F" : "M";
    let name = drawName(rng, gender);
    // Besides chance collisions, copy a name from elsewhere now and then: namesakes must exist in any corpus.
    if (province !== null && everyone.length > 0 && rng.chance(DELIBERATE_NAMESAKE)) {
      const other = rng.pick(everyone);
      if (other.gender === gender) name = other.name;
    }
    while (taken(name)) name = drawName(rng, gender);
    const person = { id: `P${String(everyone.length + 1).padStart(5, "0")}`, name, gender };
    everyone.push(person);
    return person;
  };

  const offices = PROVINCES.map((p) => new ProvincialOffices(p));
  const plans = PROVINCES.map((p, i) => provincialSeats(offices[i]!, p.level === "thành phố", rng));
  const eras: Era[] = [];

  for (const start of ERA_STARTS) {
    const prev = eras[eras.length - 1];
    const moved = new Set<string>();
    const activeNames = new Set<string>();
    if (prev) for (const pe of prev.provinces) for (const p of pe.seats.values()) activeNames.add(p.person.name);

    // Central posts first: they may draw provincial secretaries away.
    const centralSeats = new Map<string, Posting>();
    for (const plan of CENTRAL_SEATS) {
      const held = prev?.central.get(plan.seat);
      if (held && rng.chance(KEEP_CENTRAL_SEAT)) {
        centralSeats.set(plan.seat, held);
        continue;
      }
      if (prev && rng.chance(CENTRAL_FROM_PROVINCE)) {
        const from = rng.pick(prev.provinces).seats.get("secretary");
        if (from && !moved.has(from.person.id)) {
          moved.add(from.person.id);
          centralSeats.set(plan.seat, posting(from.person, plan));
          continue;
        }
      }
      const taken = (n: string) => activeNames.has(n) || [...centralSeats.values()].some((p) => p.person.name === n);
      centralSeats.set(plan.seat, posting(newPerson(plan, taken, null), plan));
    }
    const centralNames = new Set([...centralSeats.values()].map((p) => p.person.name));

    // Who stays in their seat.
    const seats = PROVINCES.map(() => new Map<string, Posting>());
    PROVINCES.forEach((_, i) => {
      for (const plan of plans[i]!) {
        const held = prev?.provinces[i]!.seats.get(plan.seat);
        if (held && !moved.has(held.person.id) && !centralNames.has(held.person.name) && rng.chance(KEEP_SEAT)) {
          seats[i]!.set(plan.seat, held);
        }
      }
    });
    const namesIn = (i: number) => new Set([...seats[i]!.values()].map((p) => p.person.name));

    // Leaders' seats left open are often filled by promotion inside the province or rotation from another.
    if (prev) {
      PROVINCES.forEach((_, i) => {
        for (const plan of plans[i]!) {
          if (plan.tier !== 0 || seats[i]!.has(plan.seat)) continue;
          const roll = rng.next();
          const j = roll < ROTATE_IN ? rng.int(0, PROVINCES.length - 1) : roll < ROTATE_IN + PROMOTE_WITHIN ? i : -1;
          if (j < 0) continue;
          const candidates = plans[j]!.filter((c) => c.tier <= 1 && c.seat !== plan.seat && seats[j]!.has(c.seat));
          if (candidates.length === 0) continue;
          const from = rng.pick(candidates);
          const mover = seats[j]!.get(from.seat)!.person;
          if (j !== i && namesIn(i).has(mover.name)) continue;
          seats[j]!.delete(from.seat);
          seats[i]!.set(plan.seat, posting(mover, plan));
        }
      });
    }

    // Whoever held a seat before and holds nothing now has left office in that province.
    const holding = new Set<string>([...centralSeats.values()].map((p) => p.person.id));
    for (const m of seats) for (const p of m.values()) holding.add(p.person.id);
    const provinces: ProvinceEra[] = PROVINCES.map((province, i) => {
      const names = namesIn(i);
      const before = prev?.provinces[i];
      const leavers = [...(before?.seats.values() ?? [])]
        .filter((p) => !holding.has(p.person.id))
        .map((p): Former => ({ person: p.person, office: mainOffice(p.offices) }));
      const formers = [...(before?.formers ?? []), ...leavers]
        .filter((f) => !names.has(f.person.name) && !centralNames.has(f.person.name))
        .slice(-MAX_FORMERS);
      for (const f of formers) names.add(f.person.name);
      for (const plan of plans[i]!) {
        if (seats[i]!.has(plan.seat)) continue;
        const person = newPerson(plan, (n) => names.has(n) || centralNames.has(n), i);
        names.add(person.name);
        seats[i]!.set(plan.seat, posting(person, plan));
      }
      return { province, offices: offices[i]!, seats: seats[i]!, formers };
    });
    eras.push({ start, provinces, central: centralSeats });
  }
  return new Population(eras);
}
