// mdev management (admin): create an mdev on a parent (the service picks the UUID), remove one after confirmation.
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
