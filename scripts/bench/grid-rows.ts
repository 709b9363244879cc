// Rows for the registration benchmarks: close contacts with distinct, valid resident ID
// numbers (so every row goes through the identity checks), unique per run.
import { idCardCheckChar } from "@/lib/validation/id-card";
import { addDays } from "@/lib/isolation/dates";

export interface BenchRow {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
  category: "CLOSE";
  lastExposureDate: string;
  identifiedDate: string;
}

/** `count` rows for run `run` (a birth date per run, a sequence per row). */
export function benchRows(run: number, count: number, today: string, region = "513201"): BenchRow[] {
  const birth = addDays("1950-01-01", run + 1).replaceAll("-", "");
  return Array.from({ length: count }, (_, i) => {
    const first17 = `${region}${birth}${String(i).padStart(3, "0")}`;
    return {
      name: `基准${run}-${i}`,
      idNumber: first17 + idCardCheckChar(first17),
      phone: `139${String(run * 1000 + i).padStart(8, "0")}`,
      address: `马尔康市达萨街${i}号`,
      category: "CLOSE",
      lastExposureDate: addDays(today, -2),
      identifiedDate: addDays(today, -1),
    };
  });
}
