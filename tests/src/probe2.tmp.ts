import { chromium } from 'playwright-core'
import { serveStatic } from '/work/wt-hostile-2/tests/src/support/serve.ts'
const server = await serveStatic(process.argv[2] as string)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
page.on('console', (m) => console.log('console', m.text().slice(0, 300)))
await page.goto(`${server.url}/3`, { waitUntil: 'networkidle' })
await page.keyboard.press('g'); await page.waitForTimeout(500)
await page.keyboard.type(process.argv[3] as string, { delay: 100 }); await page.waitForTimeout(1000)
console.log(await page.evaluate(() => (document.querySelector('#slidev-goto-dialog') as HTMLElement).innerHTML.slice(0, 1500)))
await page.screenshot({ path: '/tmp/h2/goto2.png' })
await browser.close(); await server.close()
