import { requestStatePage } from '../state-page';

const page = requestStatePage('expired');
export const generateMetadata = page.generateMetadata;
export default page.Page;
