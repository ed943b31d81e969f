export function grantInProfile(
  profileDir: string,
  extensionId: string,
  apis: string[],
): Promise<void>;
