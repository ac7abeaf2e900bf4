import { requestStatePage } from '../state-page';

const page = requestStatePage('check');
export const generateMetadata = page.generateMetadata;
export default page.Page;
