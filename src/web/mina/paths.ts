/** The addresses of the individual's pages, for links and routes alike. */
export const minaPaths = {
  home: '/mina',
  sip: (id: string) => `/mina/sip/${id}`,
  plan: (id: string) => `/mina/sip/${id}/planen`,
  version: (id: string, version: number) => `/mina/sip/${id}/planen/version/${String(version)}`,
  preparation: (id: string) => `/mina/sip/${id}/infor-motet`,
  childView: (id: string) => `/mina/sip/${id}/det-har-vill-jag-saga`,
  consent: (id: string) => `/mina/sip/${id}/samtycke`,
  feedback: (id: string) => `/mina/sip/${id}/tyck-till`,
  accessLog: (id: string) => `/mina/sip/${id}/vem-har-tittat`,
  guests: (id: string) => `/mina/sip/${id}/gaster`,
};
