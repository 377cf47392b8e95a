// A channel path's state in the words the dashboard uses (ui.DashboardPage.row), from the API's ChannelPath JSON.

/** configured false = configured off (standby, no PAM bit); online false = varied offline (logical only). */
export function pathState(p) {
  if (!p.configured) return { text: 'configured off', ok: false };
  return p.online ? { text: 'online', ok: true } : { text: 'varied offline', ok: false };
}
