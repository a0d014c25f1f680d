// Vite plugin: writes mobile.html, the /mobile page's own HTML, with the App Store's Smart App Banner.
import type { Plugin } from 'vite';

export function mobilePage(options: { appStoreId: string }): Plugin {
  return {
    name: 'mobile-crm:mobile-page',
    enforce: 'post',
    apply: 'build',
    generateBundle(_, bundle) {
      const shell = bundle['index.html'];
      if (!shell || shell.type !== 'asset')
        throw new Error('mobile-page: index.html missing from the bundle');
      const banner = `<meta name="apple-itunes-app" content="app-id=${options.appStoreId}" />`;
      const html = String(shell.source)
        .replace('<title>Mobile CRM</title>', `<title>Get Mobile CRM</title>\n    ${banner}`)
        .replace(/<link rel="canonical"[^>]*>/, '');
      this.emitFile({ type: 'asset', fileName: 'mobile.html', source: html });
    },
  };
}
