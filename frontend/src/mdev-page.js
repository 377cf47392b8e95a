// mdev management (admin): create an mdev on a parent (the service picks the UUID), remove one after confirmation,
// bind a subchannel to vfio_ccw.
import { api, flash, withProgress } from './api.js';

document.querySelectorAll('[data-create]').forEach(b => b.addEventListener('click', () => {
  const parent = b.dataset.create;
  withProgress(b, 'creating…', async () => {
    const m = await api('POST', '/api/v1/mdevs', { parent, mdev_type: 'vfio_ccw-io' });
    flash(`created mdev ${m.uuid} on ${parent}; reloading`);
    setTimeout(() => location.reload(), 600);
  });
}));

document.querySelectorAll('[data-remove]').forEach(b => b.addEventListener('click', () => {
  const uuid = b.dataset.remove;
  if (!window.confirm(`Remove mdev ${uuid}? The service releases it first; a guest using it loses the device.`)) return;
  withProgress(b, 'removing…', async () => {
    await api('DELETE', `/api/v1/mdevs/${uuid}`);
    flash(`removed mdev ${uuid}; reloading`);
    setTimeout(() => location.reload(), 600);
  });
}));

document.querySelectorAll('[data-bind]').forEach(b => b.addEventListener('click', () => {
  const schid = b.dataset.bind;
  withProgress(b, 'binding…', async () => {
    await api('PUT', `/api/v1/subchannels/${schid}/driver`, { driver: 'vfio_ccw' });
    flash(`bound ${schid} to vfio_ccw; reloading`);
    setTimeout(() => location.reload(), 600);
  });
}));
