// The one error for a port another process holds, shared by every server the project starts (the scripts import it
// from here: the sign-in service may import nothing of the app's, the app's scripts may import the service).

/** The port is taken; the message says what to do, naming the variable that moves the port when there is one. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
  constructor(
    readonly port: number,
    variable?: string,
  ) {
    super(`Port ${port} is already in use — stop the other process${variable ? ` or set ${variable}` : ''}`);
  }
}
