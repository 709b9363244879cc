/** Symptoms offered as checkboxes; stored as these codes and labelled from the catalogue. */
export const SYMPTOMS = ["FEVER", "COUGH", "SORE_THROAT", "FATIGUE", "MUSCLE_ACHE", "RUNNY_NOSE", "LOSS_OF_SMELL_TASTE", "DIARRHEA"] as const;
export type Symptom = (typeof SYMPTOMS)[number];

export function isKnownSymptom(value: string): value is Symptom {
  return (SYMPTOMS as readonly string[]).includes(value);
}

/** 37.3 °C and above counts as fever in the monitoring guidance. */
export const FEVER_FROM = 37.3;
