import { connect } from "node:net";

/** Whether something already listens on 127.0.0.1:port: it, not our server, would be measured. */
export function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.setTimeout(1000);
    const taken = () => {
      socket.destroy();
      resolve(true);
    };
    socket.once("connect", taken);
    socket.once("timeout", taken);
    socket.once("error", () => resolve(false));
  });
}
