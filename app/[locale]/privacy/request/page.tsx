import { requestStatePage } from './state-page';

const page = requestStatePage('form');
export const generateMetadata = page.generateMetadata;
export default page.Page;
