/** This device's own names: the only hosts plain http may reach. */
export const isLoopback = (hostname: string) => /^(localhost|127\.0\.0\.1|\[::1\])$/.test(hostname);
