/** A rough strength hint for a passcode: 0 (too short) to 3 (strong). Never a rule. */
export function passcodeStrength(passcode: string): 0 | 1 | 2 | 3 {
  if (passcode.length < 6) return 0;
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(passcode)).length;
  const words = passcode.trim().split(/\s+/).length;
  if (passcode.length >= 16 || (words >= 4 && passcode.length >= 14)) return 3;
  if (passcode.length >= 10 && kinds >= 2) return 2;
  if (passcode.length >= 12) return 2;
  return 1;
}
