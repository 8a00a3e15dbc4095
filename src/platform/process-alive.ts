/**
 * Whether a process of this machine is alive: signal 0 checks without sending anything. EPERM
 * means it exists and belongs to someone else.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
